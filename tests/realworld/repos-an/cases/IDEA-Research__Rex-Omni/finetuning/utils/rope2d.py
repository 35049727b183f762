stub: upstream file of 18693 bytes
