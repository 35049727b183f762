stub: upstream file of 1140610 bytes
