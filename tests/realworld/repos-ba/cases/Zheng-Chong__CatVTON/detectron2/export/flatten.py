stub: upstream file of 11807 bytes
