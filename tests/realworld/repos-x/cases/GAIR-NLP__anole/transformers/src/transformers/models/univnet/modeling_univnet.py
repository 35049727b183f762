stub: upstream file of 26798 bytes
