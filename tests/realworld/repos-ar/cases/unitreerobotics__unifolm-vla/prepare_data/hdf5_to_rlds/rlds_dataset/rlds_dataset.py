stub: upstream file of 9879 bytes
