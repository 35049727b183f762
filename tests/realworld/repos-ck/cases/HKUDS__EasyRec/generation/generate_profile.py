stub: upstream file of 2812 bytes
