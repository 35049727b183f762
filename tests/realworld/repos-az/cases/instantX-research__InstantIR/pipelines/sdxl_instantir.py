stub: upstream file of 88765 bytes
