stub: upstream file of 12734 bytes
