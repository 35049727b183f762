stub: upstream file of 1722 bytes
