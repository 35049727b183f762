stub: upstream file of 171066 bytes
