stub: upstream file of 10053 bytes
