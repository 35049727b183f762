stub: upstream file of 3922 bytes
