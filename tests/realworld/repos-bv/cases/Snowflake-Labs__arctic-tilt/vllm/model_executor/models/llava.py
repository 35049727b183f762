stub: upstream file of 34722 bytes
