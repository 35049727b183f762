stub: upstream file of 37922 bytes
