stub: upstream file of 555694 bytes
