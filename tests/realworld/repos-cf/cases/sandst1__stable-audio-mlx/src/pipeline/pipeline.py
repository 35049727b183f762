stub: upstream file of 12993 bytes
