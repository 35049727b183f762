stub: upstream file of 27806 bytes
