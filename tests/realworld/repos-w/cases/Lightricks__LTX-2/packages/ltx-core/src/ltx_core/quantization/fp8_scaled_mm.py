stub: upstream file of 7831 bytes
