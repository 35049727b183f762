stub: upstream file of 12862 bytes
