stub: upstream file of 72694 bytes
