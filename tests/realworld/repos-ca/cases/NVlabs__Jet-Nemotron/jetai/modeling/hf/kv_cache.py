stub: upstream file of 9694 bytes
