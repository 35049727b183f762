stub: upstream file of 4763 bytes
