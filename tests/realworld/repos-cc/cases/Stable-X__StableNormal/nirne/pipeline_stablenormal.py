stub: upstream file of 50813 bytes
