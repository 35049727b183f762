stub: upstream file of 15922 bytes
