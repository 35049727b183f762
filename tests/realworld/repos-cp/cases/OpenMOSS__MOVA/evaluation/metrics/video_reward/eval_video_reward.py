stub: upstream file of 33281 bytes
