stub: upstream file of 7951 bytes
