stub: upstream file of 6856 bytes
