stub: upstream file of 2921 bytes
