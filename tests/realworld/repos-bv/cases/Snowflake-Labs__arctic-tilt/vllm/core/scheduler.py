stub: upstream file of 90191 bytes
