stub: upstream file of 10838 bytes
