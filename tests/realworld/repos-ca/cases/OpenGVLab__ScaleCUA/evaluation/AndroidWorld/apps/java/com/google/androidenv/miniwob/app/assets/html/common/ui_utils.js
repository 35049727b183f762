stub: upstream file of 78175 bytes
