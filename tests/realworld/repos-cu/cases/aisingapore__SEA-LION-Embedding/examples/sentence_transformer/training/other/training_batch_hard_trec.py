stub: upstream file of 6670 bytes
