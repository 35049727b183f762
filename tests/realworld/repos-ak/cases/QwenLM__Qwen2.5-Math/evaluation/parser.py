stub: upstream file of 22694 bytes
