stub: upstream file of 23931 bytes
