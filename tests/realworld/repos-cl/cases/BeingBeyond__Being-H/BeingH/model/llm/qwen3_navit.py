stub: upstream file of 31313 bytes
