stub: upstream file of 7851 bytes
