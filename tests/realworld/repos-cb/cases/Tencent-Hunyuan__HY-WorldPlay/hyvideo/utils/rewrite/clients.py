stub: upstream file of 10733 bytes
