stub: upstream file of 21682 bytes
