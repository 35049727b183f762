stub: upstream file of 17043 bytes
