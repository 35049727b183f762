stub: upstream file of 8210 bytes
