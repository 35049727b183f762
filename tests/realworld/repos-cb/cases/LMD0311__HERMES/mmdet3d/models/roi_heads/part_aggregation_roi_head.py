stub: upstream file of 13922 bytes
