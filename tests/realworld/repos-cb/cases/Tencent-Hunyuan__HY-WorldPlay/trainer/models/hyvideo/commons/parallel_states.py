stub: upstream file of 2770 bytes
