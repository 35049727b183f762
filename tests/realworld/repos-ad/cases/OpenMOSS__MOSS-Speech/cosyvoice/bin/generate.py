stub: upstream file of 9759 bytes
