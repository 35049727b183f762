stub: upstream file of 15498 bytes
