stub: upstream file of 14694 bytes
