stub: upstream file of 21822 bytes
