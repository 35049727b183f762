stub: upstream file of 17419 bytes
