stub: upstream file of 25796 bytes
