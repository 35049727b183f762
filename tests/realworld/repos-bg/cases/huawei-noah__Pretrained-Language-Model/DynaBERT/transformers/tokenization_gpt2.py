stub: upstream file of 9806 bytes
