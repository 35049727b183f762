stub: upstream file of 35798 bytes
