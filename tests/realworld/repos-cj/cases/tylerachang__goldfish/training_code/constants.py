stub: upstream file of 5388 bytes
