stub: upstream file of 1011160 bytes
