stub: upstream file of 14071 bytes
