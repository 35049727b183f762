stub: upstream file of 37647 bytes
