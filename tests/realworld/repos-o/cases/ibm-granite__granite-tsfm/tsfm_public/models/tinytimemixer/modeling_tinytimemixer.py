stub: upstream file of 89190 bytes
